import { useTranslation } from '../i18n/i18n.ts';
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
  const { t, i18n } = useTranslation();
  return (
    <div className="stepper-controls">
      <div className="stepper-buttons">
        <button
          type="button"
          onClick={onReset}
          disabled={disabled || step === 0}
          title={t('stepper.resetTitle')}
        >
          {t('stepper.reset')}
        </button>
        <button
          type="button"
          onClick={() => onStep(-1)}
          disabled={disabled || step === 0}
          title={t('stepper.backTitle')}
        >
          {t('stepper.back')}
        </button>
        {playing ? (
          <button
            type="button"
            className="primary"
            onClick={onPause}
            disabled={disabled}
            title={t('stepper.pauseTitle')}
          >
            {t('stepper.pause')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={onPlay}
            disabled={disabled}
            title={t('stepper.playTitle')}
          >
            {t('stepper.play')}
          </button>
        )}
        <button
          type="button"
          onClick={() => onStep(1)}
          disabled={disabled || step >= total}
          title={t('stepper.forwardTitle')}
        >
          {t('stepper.forward')}
        </button>
      </div>
      <label className="stepper-timeline">
        <span className="visually-hidden">{t('stepper.timeline')}</span>
        <input
          type="range"
          aria-label={t('stepper.timeline')}
          min={0}
          max={total}
          step={1}
          value={step}
          disabled={disabled}
          onChange={(event) => onSeek(Number(event.currentTarget.value))}
        />
        <span className="stepper-count">{t('stepper.count', { step, total })}</span>
      </label>
      <label className="stepper-speed">
        {t('stepper.speed')}{' '}
        <select
          aria-label={t('stepper.speed')}
          value={speed}
          onChange={(event) => onSpeed(Number(event.currentTarget.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s.toLocaleString(i18n.language)}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
