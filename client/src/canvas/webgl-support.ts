/**
 * Whether Cytoscape's WebGL renderer will be faster than its canvas renderer here: only with a GPU.
 * Software rasterisers (SwiftShader, llvmpipe) run WebGL on the CPU; measured in headless Chromium
 * with 2,000 nodes and 5,000 edges, a pan frame took about 1,100 ms with WebGL on SwiftShader against
 * about 17 ms with the canvas renderer, so there the canvas renderer stays.
 */

export interface WebglSupport {
  /** A WebGL 2 context can be made at all. */
  available: boolean;
  /** It runs on a GPU, not a software rasteriser. */
  hardware: boolean;
  /** The renderer string the browser reports, for the status line and benchmarks. */
  renderer: string;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

let cached: WebglSupport | null = null;

export function webglSupport(): WebglSupport {
  if (cached) return cached;
  let result: WebglSupport = { available: false, hardware: false, renderer: 'none' };
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(
        gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? 'unknown',
      );
      result = { available: true, hardware: !SOFTWARE.test(renderer), renderer };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL: the canvas renderer it is.
  }
  cached = result;
  return result;
}
