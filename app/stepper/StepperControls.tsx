import { SPEEDS } from './speed.ts';

interface StepperControlsProps {
  readonly step: number;
  readonly total: number;
  readonly playing: boolean;
  readonly speed: number;
  readonly disabled: boolean;
  readonly onPlay: () => void;
  readonly onPause: () => void;
  readonly onStep: (delta: number) => void;
  readonly onReset: () => void;
  readonly onSeek: (step: number) => void;
  readonly onSpeed: (speed: number) => void;
}

/** Play/Pause, Step back/forward, Reset, a timeline to scrub, and the speed. */
export function StepperControls(props: StepperControlsProps) {
  const {
    step,
    total,
    playing,
    speed,
    disabled,
    onPlay,
    onPause,
    onStep,
    onReset,
    onSeek,
    onSpeed,
  } = props;
  return (
    <div className="stepper-controls">
      <div className="stepper-buttons">
        <button
          type="button"
          onClick={onReset}
          disabled={disabled || step === 0}
          title="Reset (Home)"
        >
          Reset
        </button>
        <button
          type="button"
          onClick={() => onStep(-1)}
          disabled={disabled || step === 0}
          title="Step back (←)"
        >
          Step back
        </button>
        {playing ? (
          <button
            type="button"
            className="primary"
            onClick={onPause}
            disabled={disabled}
            title="Pause (Space)"
          >
            Pause
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={onPlay}
            disabled={disabled}
            title="Play (Space)"
          >
            Play
          </button>
        )}
        <button
          type="button"
          onClick={() => onStep(1)}
          disabled={disabled || step >= total}
          title="Step forward (→)"
        >
          Step forward
        </button>
      </div>
      <label className="stepper-timeline">
        <span className="visually-hidden">Timeline</span>
        <input
          type="range"
          aria-label="Timeline"
          min={0}
          max={total}
          step={1}
          value={step}
          disabled={disabled}
          onChange={(event) => onSeek(Number(event.currentTarget.value))}
        />
        <span className="stepper-count">
          Step {step} of {total}
        </span>
      </label>
      <label className="stepper-speed">
        Speed{' '}
        <select
          aria-label="Speed"
          value={speed}
          onChange={(event) => onSpeed(Number(event.currentTarget.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
