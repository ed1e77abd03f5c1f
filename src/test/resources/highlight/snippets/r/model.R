fit <- lm(mpg ~ wt + hp, data = mtcars)
coef(fit)[["wt"]]
res <- tryCatch({
  log(-1)
}, warning = function(w) {
  message('warning: ', conditionMessage(w))
  NaN
})
letters[1:3]; pi * 2; T & F
