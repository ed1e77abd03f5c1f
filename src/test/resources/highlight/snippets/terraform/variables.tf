variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "instance_count" {
  default = 2
}

# Outputs
output "bucket_arn" {
  value = aws_s3_bucket.site.arn
}
locals {
  env = terraform.workspace == "default" ? "prod" : terraform.workspace
}
