// Square node program for statements: sigma's point program with our own fragment shader (filled square, darker rim).
import { NodePointProgram } from "sigma/rendering";

// Picking mode fills the whole square with the node id so the full square is hoverable and clickable.
const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_border;

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  vec2 m = abs(gl_PointCoord - vec2(0.5, 0.5));
  float inside = 0.5 - max(m.x, m.y);
  float rim = max(v_border * 2.0, 0.14);
  // a dimmed (near-white) square gets a faint rim so the background stays quiet
  float light = dot(v_color.rgb, vec3(0.299, 0.587, 0.114));
  float shade = light > 0.85 ? 0.93 : 0.7;
  gl_FragColor = inside < rim ? vec4(v_color.rgb * shade, v_color.a) : v_color;
  #endif
}
`;

export class NodeSquareProgram extends NodePointProgram {
  override getDefinition() {
    return { ...super.getDefinition(), FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER };
  }
}
