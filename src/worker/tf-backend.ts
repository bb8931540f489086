import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/** Backends a worker may run TF.js on. */
export type BackendName = 'wasm' | 'webgl' | 'cpu';

/**
 * Starts TF.js on `preferred`, serving the wasm binaries from our own origin, and falls back to
 * the cpu backend if it cannot start. Returns the backend in use.
 */
export async function startBackend(preferred: BackendName): Promise<string> {
  setWasmPaths({
    'tfjs-backend-wasm.wasm': wasmUrl,
    'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
    'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedUrl,
  });
  const isStarted = await tf.setBackend(preferred).catch(() => false);
  if (!isStarted) await tf.setBackend('cpu');
  await tf.ready();
  return tf.getBackend();
}
