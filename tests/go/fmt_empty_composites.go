// Empty and zero composites under every verb form: struct{}{}, [0]int,
// empty and nil slices and maps, zero structs with nested composites.
package main

import "fmt"

type E struct{}

type Z struct {
	S []int
	M map[string]int
	P *int
	A [0]int
	E E
}

func main() {
	fmt.Println(struct{}{}, E{}, [0]int{}, []int{}, map[int]int{})
	fmt.Printf("%v %+v %#v\n", E{}, E{}, E{})
	fmt.Printf("%#v %#v\n", struct{}{}, [0]string{})
	var z Z
	fmt.Printf("%v\n%+v\n%#v\n", z, z, z)
	fmt.Println(z)
	fmt.Printf("%v %#v\n", [][]int{nil}, []map[int]int{nil})
	fmt.Printf("%#v\n", [1][]int{})
	fmt.Printf("%s|%d|%x\n", []string{}, []int{}, []byte{})
}
