// Methods promoted through an embedded pointer: the receiver is found by
// following the pointer, so changes are shared.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int    { return len(l.lines) }

type Service struct {
	*Logger
	name string
}

func main() {
	lg := &Logger{prefix: "> "}
	a := Service{lg, "a"}
	b := Service{Logger: lg, name: "b"}
	a.Log("one")
	b.Log("two")
	fmt.Println(a.Count(), b.Count(), lg.lines)
	sp := &a
	sp.Log("three")
	log := b.Log
	log("four")
	fmt.Println(lg.Count(), lg.lines[3])
}
