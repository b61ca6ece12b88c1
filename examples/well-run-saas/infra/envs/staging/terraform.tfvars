environment = "staging"
account_id  = "111111111111"
domain      = "staging.ledgerline.example"
vpc_cidr    = "10.20.0.0/16"

# Same engine and parameters as production, smaller instances; load tests run here.
db_instance_class           = "db.t4g.large"
db_allocated_storage_gb     = 50
db_max_allocated_storage_gb = 200
db_read_replicas            = 0

web_min_tasks    = 2
web_max_tasks    = 6
worker_min_tasks = 1
worker_max_tasks = 3
task_cpu         = 1024
task_memory      = 2048

log_retention_days = 30
alarm_email        = "alerts-staging@ledgerline.example"
