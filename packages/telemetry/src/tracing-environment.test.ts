import { trace } from '@opentelemetry/api';
import { startTracing } from './tracing.js';

describe('tracing without an exporter', () => {
  it('registers nothing when no OTEL endpoint is set, or the SDK is disabled', async () => {
    for (const env of [{}, { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' }]) {
      const tracing = startTracing({ serviceName: 'gateway', env });
      expect(tracing.enabled).toBe(false);
      const span = tracing.tracer.startSpan('nothing');
      expect(span.isRecording()).toBe(false);
      span.end();
      await tracing.shutdown();
    }
  });

  it('exports over OTLP/HTTP when the standard endpoint variable is set', async () => {
    const tracing = startTracing({ serviceName: 'gateway', env: { OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces' } });
    try {
      expect(tracing.enabled).toBe(true);
      const span = trace.getTracer('gateway').startSpan('recorded');
      expect(span.isRecording()).toBe(true);
      // Ended after shutdown below: nothing is sent to the (absent) collector.
    } finally {
      await tracing.shutdown();
    }
    expect(trace.getTracer('gateway').startSpan('after').isRecording()).toBe(false);
  });
});
