// Command ledgercheck verifies an Entente ledger with the Go reference implementations of
// signed notes and transparency-log proofs (golang.org/x/mod/sumdb/note and sumdb/tlog):
// the latest checkpoint's signature, the inclusion of envelopes, and the consistency of an
// older checkpoint with the latest. It exits non-zero, saying why, on the first failure.
package main

import (
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

var (
	baseURL = flag.String("url", "", "the centre's base URL")
	token   = flag.String("token", "", "a bearer token")
	older   = flag.Int64("older", 0, "the size of an older checkpoint to prove consistent with the latest")
)

// checkpoint is a C2SP tlog-checkpoint body: origin, tree size, base64 root hash.
type checkpoint struct {
	origin string
	size   int64
	root   tlog.Hash
}

func main() {
	flag.Parse()
	verifier, err := note.NewVerifier(strings.TrimSpace(string(get("/api/v1/ledger/key"))))
	check(err, "the key")
	latest := open(verifier, "/api/v1/ledger/checkpoint")
	fmt.Printf("checkpoint %s %d verified\n", latest.origin, latest.size)
	for _, index := range []int64{0, latest.size / 2, latest.size - 1} {
		proveInclusion(latest, index)
	}
	if *older > 0 {
		previous := open(verifier, "/api/v1/ledger/checkpoints/"+strconv.FormatInt(*older, 10))
		var answer struct{ Proof []string }
		getJSON(fmt.Sprintf("/api/v1/ledger/proof/consistency?from=%d&to=%d", previous.size, latest.size), &answer)
		check(tlog.CheckTree(hashes(answer.Proof), latest.size, latest.root, previous.size, previous.root),
			"the consistency proof")
		fmt.Printf("checkpoint %d is consistent with checkpoint %d\n", latest.size, previous.size)
	}
}

// open fetches a signed checkpoint and verifies its signature with the centre's key.
func open(verifier note.Verifier, path string) checkpoint {
	signed, err := note.Open(get(path), note.VerifierList(verifier))
	check(err, "the signature of "+path)
	lines := strings.Split(signed.Text, "\n")
	if len(lines) != 4 || lines[3] != "" {
		fail("the checkpoint body %q is not three lines", signed.Text)
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	check(err, "the checkpoint size")
	root, err := tlog.ParseHash(lines[2])
	check(err, "the checkpoint root hash")
	return checkpoint{origin: lines[0], size: size, root: root}
}

// proveInclusion fetches envelope index, hashes it as an RFC 9162 leaf and checks its audit path.
func proveInclusion(latest checkpoint, index int64) {
	envelopes := get(fmt.Sprintf("/api/v1/ledger/envelopes?start=%d&end=%d", index, index+1))
	envelope := strings.TrimSuffix(string(envelopes), "\n")
	var answer struct{ Proof []string }
	getJSON(fmt.Sprintf("/api/v1/ledger/proof/inclusion?index=%d&size=%d", index, latest.size), &answer)
	leaf := tlog.RecordHash([]byte(envelope))
	check(tlog.CheckRecord(hashes(answer.Proof), latest.size, latest.root, index, leaf),
		fmt.Sprintf("the inclusion proof of envelope %d", index))
	fmt.Printf("envelope %d is in checkpoint %d\n", index, latest.size)
}

func hashes(encoded []string) []tlog.Hash {
	proof := make([]tlog.Hash, len(encoded))
	for i, text := range encoded {
		bytes, err := base64.StdEncoding.DecodeString(text)
		check(err, "a proof hash")
		if len(bytes) != tlog.HashSize {
			fail("a proof hash has %d bytes", len(bytes))
		}
		copy(proof[i][:], bytes)
	}
	return proof
}

func getJSON(path string, answer any) {
	check(json.Unmarshal(get(path), answer), path)
}

func get(path string) []byte {
	request, err := http.NewRequest("GET", strings.TrimSuffix(*baseURL, "/")+path, nil)
	check(err, path)
	request.Header.Set("Authorization", "Bearer "+*token)
	response, err := http.DefaultClient.Do(request)
	check(err, path)
	defer response.Body.Close()
	body, err := io.ReadAll(response.Body)
	check(err, path)
	if response.StatusCode != http.StatusOK {
		fail("GET %s answered %d: %s", path, response.StatusCode, body)
	}
	return body
}

func check(err error, what string) {
	if err != nil {
		fail("%s: %v", what, err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "FAIL: "+format+"\n", args...)
	os.Exit(1)
}
