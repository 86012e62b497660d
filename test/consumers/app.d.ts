// What each consumer app exposes to the test that drives it in Chromium (test/consumers/consumers.test.ts).
export interface AppState {
  /** The kit's languages: `lang` is typed with exactly these. */
  lang: 'ru' | 'en' | 'uz';
  /** The kit's themes: `theme` is typed with exactly these, so an app's state is too. */
  theme: 'auto' | 'light' | 'dark';
  heading: string;
}
export interface ConsumerApp {
  mount(): void;
  unmount(): void;
  /** Changes the app's state; resolves once the framework has rendered it. */
  set(change: Partial<AppState>): Promise<void>;
  /** Every ew-ready and ew-select the app's handlers received, with the tag of the element that sent it. */
  readonly events: { type: string; tag: string; detail: unknown }[];
}
declare global {
  interface Window {
    app: ConsumerApp;
  }
}
