package main

import (
	"errors"
	"fmt"
)

// A 300-level chain whose Unwrap and Is recurse and grow the stack.
type level struct {
	n    int
	next error
}

func pad(n int) int {
	var buf [24]int
	buf[n%24] = n
	if n == 0 {
		return 0
	}
	return pad(n-1) + buf[n%24] - n
}

func (l *level) Error() string { return fmt.Sprintf("level %d", l.n) }
func (l *level) Unwrap() error { pad(l.n % 50); return l.next }
func (l *level) Is(t error) bool {
	o, ok := t.(*level)
	return ok && o.n == l.n && pad(20) == 0
}

var root = errors.New("root cause")

func main() {
	var err error = root
	for i := 1; i <= 300; i++ {
		err = &level{i, err}
		if i%100 == 0 {
			err = fmt.Errorf("checkpoint %d: %w", i, err)
		}
	}
	fmt.Println(err)
	fmt.Println(errors.Is(err, root), errors.Is(err, &level{n: 150}), errors.Is(err, &level{n: 301}))
	var l *level
	fmt.Println(errors.As(err, &l), l.n)
	depth := 0
	for e := err; e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println(depth)
}
