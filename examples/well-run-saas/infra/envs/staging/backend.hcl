bucket   = "ledgerline-tfstate-staging"
key      = "ledgerline/staging.tfstate"
role_arn = "arn:aws:iam::111111111111:role/terraform-state"
