include config.mk
VERSION=$(shell git describe --tags)

dist: build
	tar czf site-$(VERSION).tgz _site && \
	  echo done

test:
	for f in tests/*.sh; do bash "$$f" || exit 1; done
