import { LitElement, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';

/** Defined (true) only in the CDN build, by vite.config.ts. */
declare const __PHONE_LOGIN_CDN__: boolean | undefined;

/**
 * Whether a server-rendered tree may be hydrated: not with the CDN file, which carries Lit inside
 * it, so Lit's hydrate support cannot load before it; the build drops what hydration needs there.
 */
const canHydrate = typeof __PHONE_LOGIN_CDN__ === 'undefined';

/**
 * Readies a shadow tree rendered on a server (@lit-labs/ssr) and not hydrated yet, and says whether
 * it is one: Lit's markers are in it before any render in the browser. Its first update must render
 * what the server did; only then may browser-only state (storage, the visitor's languages) change
 * it. Readying gives each empty text binding the text node the HTML parser could not make: Lit
 * hydrates '' as a text node after the part's opening marker, and would write later text into the
 * closing marker instead, unseen (lit/lit#4937). Call it on connect, before the first update.
 */
export function prepareHydration(root: ShadowRoot | null): boolean {
  if (!canHydrate) return false;
  const isMarker = (node: Node | null, data: string) => node?.nodeType === Node.COMMENT_NODE && (node as Comment).data === data;
  if (!root || !Array.from(root.childNodes).some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'))) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const empty: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isMarker(node, 'lit-part') && isMarker(node.nextSibling, '/lit-part')) empty.push(node);
  }
  for (const marker of empty) marker.parentNode!.insertBefore(document.createTextNode(''), marker.nextSibling);
  return true;
}

/** What a field tells its form and the page's CSS after each update. */
export interface ControlState {
  /** What the form submits; null submits nothing. */
  value: string | null;
  /** Why the value cannot be submitted: the validity flags and the message; absent when it can. */
  problem?: { flags: ValidityStateFlags; message: string };
  /** The custom state `invalid`; defaults to whether there is a problem (a value still loading is neither). */
  invalid?: boolean;
  /** The user has been told why (the custom state `user-invalid`); an `error` always counts as told. */
  told?: boolean;
}

/**
 * The form-control half of `<phone-login-number>` and `<phone-login-pin>`: ElementInternals, the
 * value the form submits, validity, the custom states `invalid` and `user-invalid`, the form's
 * reset and disabled callbacks, a `change` that leaves the shadow root, and one rule for `error`:
 * a message from outside counts as the field's problem until the user edits the value.
 */
export abstract class FormControl extends LitElement {
  // Typed, not inferred: the inferred type fails TS2417 in the built .d.ts under TypeScript 5.9
  // with skipLibCheck false (issue 13). Focus on the host goes to the inner input.
  /** @internal */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** Makes the element a form control. */
  static formAssociated = true;

  /** Colour scheme: \`auto\` follows the system setting, \`light\` or \`dark\` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Name under which the value is submitted with a form. */
  @property({ reflect: true }) name = '';
  /** Label text; defaults to the widget's term. */
  @property() label = '';
  /** Whether a value must be given. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Whether the field is disabled. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Whether the field is shown but cannot be edited (e.g. while the login checks it). */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** A message from outside (e.g. the server refused the value), shown and blocking submits until the user edits. */
  @property() error = '';

  /** The inner input (id `input`): the browser points its validation message at it. */
  @query('#input') protected input!: HTMLInputElement;
  /** The element's link to its form. */
  protected readonly internals = this.attachInternals();

  /** The value the form submits. */
  abstract value: string;

  /** The form the field belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The field's validity, as for native inputs. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the field is not valid ('' when it is). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** True when the value can be submitted. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity`, and focuses the field when it is not valid. */
  reportValidity(): boolean {
    const valid = this.checkValidity();
    if (!valid) this.focus();
    return valid;
  }

  /** Restores the value the field started with and drops any message (form reset). */
  formResetCallback(): void {
    this.error = '';
    this.resetValue();
  }

  /** Follows a disabled `<fieldset>` around the element. */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered tree is readied for the update that hydrates it.
    if (!this.hasUpdated) prepareHydration(this.shadowRoot);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Value, validity and custom states, now (the form may read them before the next render). */
  protected syncForm(): void {
    const { value, problem, invalid = Boolean(problem), told = false } = this.controlState();
    this.internals.setFormValue(value);
    if (this.error) this.internals.setValidity({ customError: true }, this.error, this.input);
    else if (problem) this.internals.setValidity(problem.flags, problem.message, this.input);
    else this.internals.setValidity({});
    this.toggleState('invalid', Boolean(this.error) || invalid);
    this.toggleState('user-invalid', Boolean(this.error) || told);
  }

  /** The one rule for clearing an error: the user changed the value, so a message about the old one is moot. */
  protected userEdited(): void {
    this.error = '';
  }

  /** Fires `change`: the inner input's own does not cross the shadow boundary. */
  protected emitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Adds or removes a custom state (`:state(name)`). */
  protected toggleState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  /** What the form and the CSS should see of the field now. */
  protected abstract controlState(): ControlState;

  /** Puts back the value the field started with. */
  protected abstract resetValue(): void;
}
