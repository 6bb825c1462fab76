// A dispatch table: a map from names to closures.
package main

import "fmt"

func main() {
	acc := 0
	cmds := map[string]func(int){
		"add": func(n int) { acc += n },
		"sub": func(n int) { acc -= n },
		"mul": func(n int) { acc *= n },
	}
	cmds["reset"] = func(int) { acc = 0 }
	prog := []struct {
		op string
		n  int
	}{{"add", 5}, {"mul", 4}, {"sub", 3}, {"nop", 1}, {"add", 1}}
	for _, p := range prog {
		if f, ok := cmds[p.op]; ok {
			f(p.n)
		} else {
			fmt.Println("unknown", p.op)
		}
	}
	fmt.Println(acc)
	keys := make([]string, 0, len(cmds))
	for k := range cmds {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	fmt.Println(keys)
	cmds["reset"](0)
	fmt.Println(acc, cmds["none"] == nil)
}
