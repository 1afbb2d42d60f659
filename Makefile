# The two commands of the README: `make demo` and `make test`.
.PHONY: demo test build neo4j-start neo4j-stop bench

build:
	go build -o bin/kg ./cmd/kg

# Start a local Neo4j, load the sample articles, and ask who said what.
demo: build
	@eval "$$(scripts/neo4j start)" && \
	bin/kg ingest testdata/articles && \
	bin/kg query run who-said --param about=Llama

# Every test, Neo4j integration tests included (Neo4j is started if needed).
test:
	scripts/test

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

bench:
	scripts/bench
