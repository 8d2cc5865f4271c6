module entente.test/ledgercheck

go 1.19

require golang.org/x/mod v0.7.0

// Debian's golang-golang-x-mod-dev, so that the build needs no network (GOPROXY=off).
replace golang.org/x/mod => /usr/share/gocode/src/golang.org/x/mod
