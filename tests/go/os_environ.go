// os.Environ: every entry is "key=value" and agrees with os.Getenv and
// os.LookupEnv; the slice is a copy the program may change.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	env := os.Environ()
	agree := true
	for _, kv := range env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			agree = false
			continue
		}
		if k == "" { // Windows-style "=C:=..." entries: none on Linux
			continue
		}
		got, found := os.LookupEnv(k)
		if !found || got != v || os.Getenv(k) != v {
			agree = false
		}
	}
	fmt.Println("entries agree with Getenv:", agree)
	if len(env) > 0 {
		env[0] = "changed=1"
		fmt.Println("a copy:", os.Environ()[0] != "changed=1")
	}
	_, found := os.LookupEnv("VM_SURELY_UNSET_VARIABLE")
	fmt.Println("unset found:", found)
}
