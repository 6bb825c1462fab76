// Assignment, parameter passing and returning copy structs, including the
// arrays inside them; slices and maps inside are shared references.
package main

import "fmt"

type Box struct {
	Items [3]int
	Tags  []string
	Meta  map[string]int
	Label string
}

func modify(b Box) {
	b.Items[0] = 100
	b.Tags[0] = "changed"
	b.Meta["n"] = 100
	b.Label = "modified"
}

func modifyPtr(b *Box) {
	b.Items[0] = 100
	b.Label = "modified"
}

func fresh() Box {
	return Box{Items: [3]int{1, 2, 3}, Label: "fresh"}
}

func main() {
	b := Box{[3]int{1, 2, 3}, []string{"t"}, map[string]int{"n": 1}, "orig"}
	c := b
	c.Items[1] = 20
	c.Label = "copy"
	fmt.Println(b.Items, b.Label, c.Items, c.Label)

	modify(b)
	fmt.Println(b.Items, b.Tags, b.Meta["n"], b.Label)
	modifyPtr(&b)
	fmt.Println(b.Items, b.Label)

	f1, f2 := fresh(), fresh()
	f1.Items[0] = 0
	fmt.Println(f1.Items, f2.Items)

	arr := [2]Box{b, c}
	arr2 := arr
	arr2[0].Items[2] = -3
	fmt.Println(arr[0].Items[2], arr2[0].Items[2])

	// Swap two structs.
	x, y := Box{Label: "x"}, Box{Label: "y"}
	x, y = y, x
	fmt.Println(x.Label, y.Label)
}
