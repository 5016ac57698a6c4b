// Русские строки о сбоях фоновых обработчиков страницы: анализатора журнала и остановившегося обработчика;
// сообщение браузера или читателя приводится как есть.
import type { workerFailures as enWorkerFailures } from '../en/workerFailures.ts'

export const workerFailures: typeof enWorkerFailures = {
  analyzer: (f) =>
    f.code === 'nothing-to-reanalyze'
      ? 'пересчитывать нечего: ни один анализ не завершён'
      : f.code === 'worker-stopped'
        ? `анализатор перестал работать${f.detail ? ` (${f.detail})` : ''}`
        : f.detail,
  stopped: (worker, detail) =>
    `${worker === 'reader' ? 'чтение текста остановилось' : 'проверка правил остановилась'}: ${detail || 'неизвестная ошибка'}`,
  readTimedOut: (seconds: number) => `чтение заняло больше ${seconds} с и было остановлено`,
}
