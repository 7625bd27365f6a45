# The front door. `make run` starts the platform for a demo; `make test` runs every test.
SHELL := /bin/bash
MVN   := ./mvnw -B -ntp
SERVICES := deputies suggestions supervision voting audit

.PHONY: help up down build test run services-up services-down demo-data format bench

help:
	@echo "make run    build, start the stack and the services, load demo data, print URLs"
	@echo "make test   start PostgreSQL, Kafka and Keycloak natively and run every test"
	@echo "make up     start PostgreSQL, Kafka and Keycloak (idempotent)"
	@echo "make down   stop everything started here"
	@echo "make format format the Java sources (the build checks formatting)"

up:
	infra/local/up.sh

down:
	-infra/local/services.sh stop
	infra/local/down.sh

build:
	$(MVN) install -DskipTests

test: up
	$(MVN) install

run: build up
	infra/local/services.sh start $(SERVICES)
	infra/local/demo-data.py
	@infra/local/services.sh banner

format:
	$(MVN) spotless:apply

bench:
	@echo "No benchmarks yet; see the issues for the targets."
