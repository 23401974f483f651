// The defaults: plain JavaScript components need no preprocessing.
export default {};
