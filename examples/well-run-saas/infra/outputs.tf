output "cloudfront_domain" {
  value = aws_cloudfront_distribution.main.domain_name
}

output "ecr_repository_url" {
  value = aws_ecr_repository.web.repository_url
}

output "db_endpoint" {
  value     = aws_db_instance.main.address
  sensitive = true
}

output "alerts_topic_arn" {
  value = aws_sns_topic.alerts.arn
}
