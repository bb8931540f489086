import { useState, type DragEvent, type ReactNode } from 'react';

interface Props {
  title: string;
  /** The `accept` attribute of the file input. */
  accept: string;
  testId: string;
  isDisabled: boolean;
  onFile: (file: File) => void;
  children?: ReactNode;
}

/** A drop zone with a file picker inside; `children` is the hint under the title. */
export function FileDrop({ title, accept, testId, isDisabled, onFile, children }: Props) {
  const [isOver, setIsOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !isDisabled) onFile(file);
  };
  return (
    <label
      className="file-drop"
      data-over={isOver ? 'true' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={onDrop}
    >
      <strong>{title}</strong>
      <input
        data-testid={testId}
        type="file"
        accept={accept}
        disabled={isDisabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      {children && <span className="field-hint">{children}</span>}
    </label>
  );
}
