// Coins in programmable transactions: split the gas coin, transfer the parts, merge them back,
// build a vector of coins with MakeMoveVec and join it, call framework functions with results.
//# init --accounts A B

//# programmable --sender A --inputs 100 200 @B
//> 0: SplitCoins(Gas, [Input(0), Input(1)]);
//> 1: TransferObjects([NestedResult(0,0)], Input(2));
//> 2: TransferObjects([NestedResult(0,1)], Input(2));

//# view-object 1,0

//# view-object 1,1

//# programmable --sender B --inputs object(1,0) object(1,1)
//> MergeCoins(Input(0), [Input(1)]);

//# view-object 1,0

//# programmable --sender A --inputs 5 6 7 @A
//> 0: SplitCoins(Gas, [Input(0), Input(1), Input(2)]);
//> 1: MakeMoveVec<sui::coin::Coin<sui::sui::SUI>>([NestedResult(0,1), NestedResult(0,2)]);
//> 2: sui::pay::join_vec<sui::sui::SUI>(NestedResult(0,0), Result(1));
//> 3: TransferObjects([NestedResult(0,0)], Input(3));

//# view-object 6,0

//# programmable --sender B --inputs object(1,0) 1000 @A
//> 0: SplitCoins(Input(0), [Input(1)]);
//> 1: TransferObjects([Result(0)], Input(2));

//# programmable --sender A --inputs 1u64 2u64
//> 0: MakeMoveVec<u64>([Input(0), Input(1)]);
//> 1: MakeMoveVec([Input(0)]);

//# run sui::pay::split --sender B --type-args sui::sui::SUI --args object(1,0) 50

//# view-object 1,0
