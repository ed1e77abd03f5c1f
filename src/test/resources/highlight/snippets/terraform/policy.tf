data "aws_iam_policy_document" "read" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.site.arn}/*"]
  }
}

resource "aws_instance" "web" {
  count         = var.instance_count
  ami           = "ami-123456"
  user_data     = <<EOF
#!/bin/bash
echo "hello ${count.index}"
EOF
  /* block comment */
  monitoring    = true
}
