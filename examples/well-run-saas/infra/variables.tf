variable "environment" {
  description = "staging or production"
  type        = string
  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "environment must be staging or production"
  }
}

variable "account_id" {
  description = "AWS account that holds this environment (one account per environment)"
  type        = string
}

variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "backup_region" {
  description = "Region that receives replicated database backups"
  type        = string
  default     = "eu-west-1"
}

variable "domain" {
  description = "Public host name of the app"
  type        = string
}

variable "vpc_cidr" {
  type = string
}

variable "db_instance_class" {
  type = string
}

variable "db_allocated_storage_gb" {
  type = number
}

variable "db_max_allocated_storage_gb" {
  type = number
}

variable "db_read_replicas" {
  description = "Read replicas for reporting queries"
  type        = number
  default     = 0
}

variable "web_min_tasks" {
  type = number
}

variable "web_max_tasks" {
  type = number
}

variable "worker_min_tasks" {
  type = number
}

variable "worker_max_tasks" {
  type = number
}

variable "task_cpu" {
  type = number
}

variable "task_memory" {
  type = number
}

variable "log_retention_days" {
  type = number
}

variable "pagerduty_integration_url" {
  description = "PagerDuty Events API v2 endpoint for the CloudWatch integration (secret, set in CI)"
  type        = string
  sensitive   = true
}

variable "betteruptime_api_token" {
  type      = string
  sensitive = true
}

variable "alarm_email" {
  description = "Team mailbox that receives a copy of every alarm"
  type        = string
}
