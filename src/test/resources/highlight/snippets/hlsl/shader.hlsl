// Vertex and pixel shader
cbuffer PerFrame : register(b0)
{
    float4x4 WorldViewProj;
    float3 LightDir;
};

Texture2D DiffuseMap : register(t0);
SamplerState LinearSampler;

struct VSOutput {
    float4 Position : SV_POSITION;
    float2 TexCoord : TEXCOORD0;
};

VSOutput VSMain(float3 pos : POSITION, float2 uv : TEXCOORD0)
{
    VSOutput o;
    o.Position = mul(float4(pos, 1.0f), WorldViewProj);
    o.TexCoord = uv;
    return o;
}

[numthreads(8, 8, 1)]
float4 PSMain(VSOutput input) : SV_TARGET
{
    float4 c = DiffuseMap.Sample(LinearSampler, input.TexCoord);
    return saturate(c * dot(LightDir, float3(0, 0, 1))) + 0x10 * 1e-3;
}
