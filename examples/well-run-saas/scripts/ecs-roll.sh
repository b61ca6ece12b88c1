#!/usr/bin/env bash
# Rolls one ECS service to a new image: registers a task definition revision that differs only in the
# image and RELEASE_VERSION, updates the service, and waits until the rolling deployment is stable.
# The service's deployment circuit breaker (infra/compute.tf) rolls back on its own if new tasks fail
# their health checks. Used by deploy.yml and rollback.yml; never run from a laptop.
set -euo pipefail

CLUSTER="$1"    # ledgerline-staging | ledgerline-production
SERVICE="$2"    # web | worker
IMAGE="$3"      # <registry>/ledgerline-web:<version>
VERSION="$4"    # v2.14.0

FAMILY="${CLUSTER}-${SERVICE}"

aws ecs describe-task-definition --task-definition "$FAMILY" --query taskDefinition > /tmp/taskdef.json

jq --arg image "$IMAGE" --arg version "$VERSION" '
  .containerDefinitions[0].image = $image
  | .containerDefinitions[0].environment |= (map(select(.name != "RELEASE_VERSION")) + [{name: "RELEASE_VERSION", value: $version}])
  | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities, .registeredAt, .registeredBy)
' /tmp/taskdef.json > /tmp/taskdef-new.json

NEW_ARN=$(aws ecs register-task-definition --cli-input-json file:///tmp/taskdef-new.json \
  --query 'taskDefinition.taskDefinitionArn' --output text)

echo "Deploying ${FAMILY} -> ${NEW_ARN} (${VERSION})"
aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$NEW_ARN" > /dev/null
aws ecs wait services-stable --cluster "$CLUSTER" --services "$SERVICE"
echo "${FAMILY} is stable on ${VERSION}"
