# Load and summarise post data
library(dplyr)

posts <- read.csv("posts.csv", stringsAsFactors = FALSE)
summary_stats <- posts %>%
  filter(!is.na(views), draft == FALSE) %>%
  group_by(year = format(as.Date(date), "%Y")) %>%
  summarise(total = sum(views), mean = mean(views))

#' Plot views per year
plot_views <- function(df, col = "steelblue") {
  barplot(df$total, names.arg = df$year, col = col)
  invisible(NULL)
}
