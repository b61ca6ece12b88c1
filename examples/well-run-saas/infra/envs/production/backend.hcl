bucket   = "ledgerline-tfstate-production"
key      = "ledgerline/production.tfstate"
role_arn = "arn:aws:iam::222222222222:role/terraform-state"
