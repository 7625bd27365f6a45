# The front door. `make run` starts the platform for a demo; `make test` runs every test.
SHELL := /bin/bash
MVN   := ./mvnw -B -ntp
SERVICES := deputies suggestions supervision voting audit notifications console gateway

.PHONY: help up down build test e2e faults run format bench

help:
	@echo "make run    build, start the stack and the services, load demo data, print URLs"
	@echo "make test   start PostgreSQL, Kafka, Keycloak and the SMTP server natively and run every test"
	@echo "make up     start PostgreSQL, Kafka, Keycloak and the SMTP server (idempotent)"
	@echo "make down   stop everything started here"
	@echo "make format format the Java sources (the build checks formatting)"
	@echo "make faults stop Kafka, kill services, restart PostgreSQL under load (after make build)"
	@echo "make bench  measure the running stack (after make run); report in docs/bench/latest.md"

up:
	infra/local/up.sh

down:
	-infra/local/services.sh stop
	infra/local/down.sh

build:
	$(MVN) install -DskipTests

test: up
	$(MVN) install
	$(MAKE) e2e

# System tests: every service as its packaged jar and the gateway, real Keycloak tokens. The
# tests pace themselves under the gateway's rate limits, read from the same variables.
e2e: export GATEWAY_RATE_SUBJECT ?= 6000
e2e: export GATEWAY_RATE_ANONYMOUS ?= 6000
e2e: up
	infra/local/services.sh start $(SERVICES)
	status=0; $(MVN) -pl e2e verify -Pe2e || status=$$?; infra/local/services.sh stop; exit $$status

# Fault scenarios: under write load, Kafka stops for 30 s, suggestions and
# deputies get SIGKILL, PostgreSQL restarts; zero lost and zero duplicated effects, printed.
# It stops and starts this stack's Kafka and PostgreSQL: not while others use them.
faults: export GATEWAY_RATE_SUBJECT ?= 6000
faults: export GATEWAY_RATE_ANONYMOUS ?= 6000
faults: up
	infra/local/services.sh start $(SERVICES)
	status=0; $(MVN) -pl e2e verify -Pfaults || status=$$?; infra/local/services.sh stop; exit $$status

run: build up
	infra/local/services.sh start $(SERVICES)
	infra/local/demo-data.py
	@infra/local/services.sh banner

format:
	$(MVN) spotless:apply

bench:
	bench/run.sh
