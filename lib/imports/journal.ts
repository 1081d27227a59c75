// An undo log for the in-memory state a batch import plans against: a row's changes are applied
// as it is planned, and undone when the row turns out to fail (a cap), so the rows after it see
// exactly what they would have seen had each row run in its own transaction.

export class Journal {
  private undo: (() => void)[] = [];

  /** A point to roll back to. */
  mark(): number {
    return this.undo.length;
  }

  rollback(mark: number): void {
    while (this.undo.length > mark) this.undo.pop()!();
  }

  set<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): void {
    const old = obj[key];
    if (old === value) return;
    obj[key] = value;
    this.undo.push(() => {
      obj[key] = old;
    });
  }

  put<K, V>(map: Map<K, V>, key: K, value: V): void {
    const had = map.has(key);
    const old = map.get(key);
    map.set(key, value);
    this.undo.push(() => (had ? map.set(key, old as V) : map.delete(key)));
  }

  push<T>(list: T[], value: T): void {
    list.push(value);
    this.undo.push(() => void list.pop());
  }
}
