// Struct values in maps cannot be changed in place: read, modify, store
// back; or store pointers and write through them.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	byVal := map[string]Account{"a": {"ann", 10}, "b": {"bob", 20}}
	acc := byVal["a"]
	acc.Balance += 5
	fmt.Println(byVal["a"].Balance) // unchanged
	byVal["a"] = acc
	fmt.Println(byVal["a"].Balance, byVal["a"].Owner)
	fmt.Println(byVal)

	byPtr := map[string]*Account{"a": {"ann", 10}, "b": {Owner: "bob"}}
	byPtr["a"].Balance += 5
	byPtr["b"].Balance = 99
	p := byPtr["a"]
	p.Owner = "ANN"
	fmt.Println(*byPtr["a"], *byPtr["b"])
	fmt.Println(byPtr["missing"] == nil)

	// Field read of a missing key gives the zero struct's field.
	fmt.Printf("%q %d\n", byVal["zzz"].Owner, byVal["zzz"].Balance)

	arrVals := map[string][3]int{"x": {1, 2, 3}}
	arr := arrVals["x"]
	arr[0] = 100
	fmt.Println(arrVals["x"], arr)
	fmt.Println(arrVals["x"][2], len(arrVals["y"]))
}
