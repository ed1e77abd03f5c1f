// Linear regression
data {
  int<lower=0> N;
  vector[N] x;
  vector[N] y;
}
parameters {
  real alpha;
  real beta;
  real<lower=0> sigma;
}
model {
  /* priors */
  alpha ~ normal(0, 10);
  beta ~ normal(0, 2.5e0);
  sigma ~ cauchy(0, 5);
  y ~ normal(alpha + beta * x, sigma);
}
generated quantities {
  vector[N] y_rep;
  for (n in 1:N)
    y_rep[n] = normal_rng(alpha + beta * x[n], sigma);
  print(alpha);
}
