// Remembers what a part of the page was last drawn from, so it is redrawn only when those inputs
// change. The caller says which inputs matter and how to compare them: no serialising of the whole
// state (the JSON keys this replaces cost a stringify of the state on every click).

export class Memo<T> {
  private last: { inputs: T } | null = null;

  constructor(private readonly same: (a: T, b: T) => boolean) {}

  /** True when `inputs` differ from the ones last seen (or none were); remembers them either way. */
  changed(inputs: T): boolean {
    const last = this.last;
    this.last = { inputs };
    return last === null || !this.same(last.inputs, inputs);
  }

  /** Forget the inputs: the next `changed` is true (the part was hidden, or its content replaced). */
  forget(): void {
    this.last = null;
  }
}
