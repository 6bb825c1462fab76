package main

import "fmt"

type Builder struct {
	parts []string
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	return b
}

func (b *Builder) Len() int { return len(b.parts) }

func NewBuilder() *Builder { return &Builder{} }

func main() {
	b := NewBuilder().Add("a").Add("b")
	var local Builder
	local.Add("c")
	fmt.Println(b.Len(), local.Len())
}
