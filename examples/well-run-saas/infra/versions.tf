terraform {
  required_version = ">= 1.9.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    betteruptime = {
      source  = "BetterStackHQ/better-uptime"
      version = "~> 0.12"
    }
  }

  # Partial configuration: bucket, key and role come from envs/<env>/backend.hcl, one state per account.
  backend "s3" {
    region         = "eu-central-1"
    encrypt        = true
    dynamodb_table = "ledgerline-terraform-locks"
  }
}

# Each environment lives in its own AWS account (AWS Organizations); Terraform assumes a role in it.
provider "aws" {
  region = var.region
  assume_role {
    role_arn = "arn:aws:iam::${var.account_id}:role/terraform-apply"
  }
  default_tags {
    tags = {
      project     = "ledgerline"
      environment = var.environment
      managed_by  = "terraform"
    }
  }
}

# Backup copies go to a second region.
provider "aws" {
  alias  = "backup"
  region = var.backup_region
  assume_role {
    role_arn = "arn:aws:iam::${var.account_id}:role/terraform-apply"
  }
}

# CloudFront certificates and WAF web ACLs for CloudFront must live in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::${var.account_id}:role/terraform-apply"
  }
}

provider "betteruptime" {
  api_token = var.betteruptime_api_token
}
