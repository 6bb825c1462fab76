// Following a chain of pointers one step too far: reading a field of a nil
// *Node inside a loop.
package main

import "fmt"

type Node struct {
	Name string
	Next *Node
}

func main() {
	list := &Node{"a", &Node{"b", &Node{"c", nil}}}
	n := list
	for i := 0; i < 4; i++ {
		fmt.Println(n.Name)
		n = n.Next
	}
}
