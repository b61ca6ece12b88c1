environment = "production"
account_id  = "222222222222"
domain      = "app.ledgerline.example"
vpc_cidr    = "10.10.0.0/16"

db_instance_class           = "db.r6g.xlarge"
db_allocated_storage_gb     = 200
db_max_allocated_storage_gb = 1000
db_read_replicas            = 1

web_min_tasks    = 3
web_max_tasks    = 12
worker_min_tasks = 2
worker_max_tasks = 8
task_cpu         = 1024
task_memory      = 2048

log_retention_days = 90
alarm_email        = "alerts@ledgerline.example"
