// Batch driver for the loader oracle in ../shared/oracle (our file; the oracle's source is never copied into
// the project). src/testing/oracle.ts builds it in a temporary directory beside a copy of the oracle's kload
// package, whose main is renamed kloadMain, and runs it once for many inputs.
//
// Input, one JSON object per line on stdin: {"policy": "<base64 bytes>", "requests": ["<request JSON>", ...]}.
// Output, one JSON object per line on stdout: {"kube": <kload dump>, "deckhouse": <kload dkp>,
// "evals": [<kload eval's "eval">, ...]}: exactly what kload prints for the same file, called in process.
package main

import (
	"bufio"
	"encoding/base64"
	stdjson "encoding/json"
	"fmt"
	"io"
	"os"
)

type batchIn struct {
	Policy   string   `json:"policy"`
	Requests []string `json:"requests"`
}

// run calls kload's main with the given arguments and returns what it printed.
func run(out *os.File, args ...string) (res stdjson.RawMessage) {
	defer func() {
		if r := recover(); r != nil {
			b, _ := stdjson.Marshal(map[string]string{"panic": fmt.Sprint(r)})
			res = b
		}
	}()
	if err := out.Truncate(0); err != nil {
		panic(err)
	}
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		panic(err)
	}
	saved := os.Stdout
	os.Stdout = out
	os.Args = append([]string{"kload"}, args...)
	defer func() { os.Stdout = saved }()
	kloadMain()
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		panic(err)
	}
	b, err := io.ReadAll(out)
	if err != nil {
		panic(err)
	}
	return b
}

func main() {
	dir, err := os.MkdirTemp("", "oracle-batch")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	policy := dir + "/policy"
	out, err := os.Create(dir + "/out")
	if err != nil {
		panic(err)
	}
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for {
		line, err := in.ReadBytes('\n')
		if len(line) > 0 {
			var c batchIn
			if e := stdjson.Unmarshal(line, &c); e != nil {
				panic(e)
			}
			b, e := base64.StdEncoding.DecodeString(c.Policy)
			if e != nil {
				panic(e)
			}
			if e := os.WriteFile(policy, b, 0o600); e != nil {
				panic(e)
			}
			res := map[string]interface{}{
				"kube":      run(out, "dump", policy),
				"deckhouse": run(out, "dkp", policy),
			}
			evals := []stdjson.RawMessage{}
			for _, r := range c.Requests {
				evals = append(evals, run(out, "eval", policy, r))
			}
			res["evals"] = evals
			enc := stdjson.NewEncoder(w)
			enc.SetEscapeHTML(false)
			if e := enc.Encode(res); e != nil {
				panic(e)
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			panic(err)
		}
	}
}
