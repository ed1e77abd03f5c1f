#version 330 core
// A simple fragment shader
precision mediump float;

uniform sampler2D uTexture;
uniform vec3 uLight = vec3(1.0, 0.5, 0.25);
in vec2 vUv;
out vec4 fragColor;

/* lighting helper */
float lambert(vec3 n, vec3 l) {
    return max(dot(normalize(n), normalize(l)), 0.0);
}

void main() {
    vec4 color = texture(uTexture, vUv);
    float k = lambert(vec3(0.0, 0.0, 1.0), uLight);
    if (color.a < 0.1f) discard;
    for (int i = 0; i < 4; ++i) { k *= 0.9; }
    fragColor = vec4(color.rgb * k, 1.0) + gl_FragCoord.xxxx * 0x0;
}
