FROM node:20
ARG NODE_ENV=production
ENV PORT=3000 \
    NODE_ENV=${NODE_ENV}
RUN npm ci --omit=dev
ONBUILD COPY . /app
HEALTHCHECK --interval=30s CMD curl -f http://localhost:3000/ || exit 1
USER node
ENTRYPOINT ["node", "server.js"]
