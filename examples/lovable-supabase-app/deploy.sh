#!/usr/bin/env bash
# Deploys Projectly to the VPS. Run from your laptop: ./deploy.sh
# (Maya: ask me for the ssh key if you need to deploy while I'm away)
set -e

SERVER=deploy@203.0.113.24
APP_DIR=/var/www/projectly

echo "Building..."
npm run build

echo "Uploading dist/ to $SERVER..."
rsync -avz --delete dist/ "$SERVER:$APP_DIR/"

# the server-side scripts read the same env file
scp .env "$SERVER:$APP_DIR/.env"

ssh "$SERVER" "sudo systemctl reload nginx"
echo "Deployed! https://projectly.example"
