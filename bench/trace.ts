/**
 * Main-thread CPU of one page load from a Chromium trace, split into groups the way Lighthouse does it: every trace
 * event's self time (its time minus its children's) goes to its own group, or to its parent's when it has none.
 * Times are thread time (`tdur`): CPU the renderer's main thread spent, which other processes on a shared machine
 * do not inflate, unlike wall time. Only events from the page's navigation start on, on the thread that parsed it.
 */

export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { data?: { documentLoaderURL?: string; url?: string }; beginData?: { url?: string } };
}

export const CATEGORIES = ['-*', 'toplevel', 'v8.execute', 'blink.user_timing', 'devtools.timeline'];

export type Group = 'script' | 'compile' | 'styleLayout' | 'paint' | 'gc' | 'parseHTML' | 'other';

const GROUPS: Record<Exclude<Group, 'other'>, readonly string[]> = {
  script: [
    'EvaluateScript',
    'v8.evaluateModule',
    'FunctionCall',
    'TimerFire',
    'FireIdleCallback',
    'FireAnimationFrame',
    'RunMicrotasks',
    'V8.Execute',
    'v8.callFunction',
    'v8.run',
    'EventDispatch',
  ],
  compile: [
    'v8.compile',
    'v8.compileModule',
    'V8.CompileCode',
    'V8.ParseFunction',
    'V8.CompileIgnition',
    'V8.CompileLazy',
    'v8.produceCache',
  ],
  styleLayout: ['ScheduleStyleRecalculation', 'UpdateLayoutTree', 'RecalculateStyles', 'InvalidateLayout', 'Layout'],
  paint: [
    'PrePaint',
    'Paint',
    'PaintImage',
    'Layerize',
    'UpdateLayer',
    'UpdateLayerTree',
    'CompositeLayers',
    'Commit',
    'HitTest',
    'Animation',
  ],
  gc: [
    'MinorGC',
    'MajorGC',
    'GCEvent',
    'BlinkGC.AtomicPhase',
    'V8.GCScavenger',
    'V8.GCCompactor',
    'V8.GCFinalizeMC',
    'V8.GCIncrementalMarking',
  ],
  parseHTML: ['ParseHTML', 'ParseAuthorStyleSheet'],
};
const GROUP_OF = new Map<string, Group>(Object.entries(GROUPS).flatMap(([group, names]) => names.map((n) => [n, group as Group])));

export type Cpu = Record<Group | 'busy', number>;

/** Main-thread CPU in ms by group, and `busy` (all of it), for the load of `pageUrl`. */
export function mainThreadCpu(events: readonly TraceEvent[], pageUrl: string): Cpu {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  if (!parse) throw new Error(`no ParseHTML for ${pageUrl} in the trace`);
  const start =
    events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid && e.args?.data?.documentLoaderURL === pageUrl)?.ts ?? parse.ts;
  const own = events
    .filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.ts >= start && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const cpu: Cpu = { busy: 0, script: 0, compile: 0, styleLayout: 0, paint: 0, gc: 0, parseHTML: 0, other: 0 };
  const stack: { end: number; group: Group; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      cpu[done.group] += Math.max(0, done.self);
    }
  };
  for (const e of own) {
    close(e.ts);
    const parent = stack.at(-1);
    const time = e.tdur ?? 0;
    if (parent) parent.self -= time;
    else cpu.busy += time;
    stack.push({ end: e.ts + e.dur!, group: GROUP_OF.get(e.name) ?? parent?.group ?? 'other', self: time });
  }
  close(Infinity);
  for (const key of Object.keys(cpu) as (keyof Cpu)[]) cpu[key] /= 1000;
  return cpu;
}
