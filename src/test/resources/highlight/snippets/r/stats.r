x <- c(1.5, 2, 3e2, -4L, 0x1F, .5)
m <- matrix(1:6, nrow = 2)
for (i in seq_len(nrow(m))) {
  if (i %% 2 == 0) next else print(m[i, ])
}
y <- sapply(x, function(v) v^2)
stopifnot(length(y) == length(x), TRUE, !is.null(y))
`my var` <- NA_real_
