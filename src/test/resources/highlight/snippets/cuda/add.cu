#include <cstdio>

// Add two vectors on the GPU
__global__ void add(const float *a, const float *b, float *c, int n) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        c[i] = a[i] + b[i];
    }
}

__device__ float4 scale(float4 v, float k) { return make_float4(v.x * k, v.y * k, v.z * k, v.w * k); }

int main() {
    const int N = 1 << 20;
    float *a, *b, *c;
    cudaMallocManaged(&a, N * sizeof(float));
    dim3 block(256), grid((N + 255) / 256);
    add<<<grid, block>>>(a, b, c, N);
    cudaDeviceSynchronize();
    printf("done: %f\n", c[0]);
    __shared__ int tile[32];
    return 0;
}
