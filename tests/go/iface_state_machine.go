package main

import "fmt"

type State interface {
	Next(c byte) State
	Name() string
}

type start struct{}
type inNum struct{ digits int }
type done struct{ n int }

func (start) Next(c byte) State {
	if c >= '0' && c <= '9' {
		return &inNum{1}
	}
	return start{}
}
func (start) Name() string { return "start" }
func (s *inNum) Next(c byte) State {
	if c >= '0' && c <= '9' {
		s.digits++
		return s
	}
	return done{s.digits}
}
func (s *inNum) Name() string { return fmt.Sprint("num(", s.digits, ")") }
func (d done) Next(c byte) State { return d }
func (d done) Name() string      { return fmt.Sprint("done(", d.n, ")") }

func main() {
	var s State = start{}
	for _, c := range []byte("ab123;x9") {
		s = s.Next(c)
		fmt.Println(string(c), s.Name())
	}
	if d, ok := s.(done); ok {
		fmt.Println("digits:", d.n)
	}
}
